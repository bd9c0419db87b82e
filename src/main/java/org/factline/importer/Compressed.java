package org.factline.importer;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Files that arrive compressed, recognised by their content, not their name: a gzip file ({@code .tsv.gz}) is read
 * as the file inside it; a zip ({@code WDI_CSV.zip}, as the World Bank serves its bulk download) as the files inside
 * it, each unpacked to a temporary file that {@link Parts#close} deletes; an Excel workbook (a zip too) as one of its
 * sheets.
 */
final class Compressed {

    /** The most a zip may unpack to, against a zip bomb. */
    static final long MAX_UNPACKED = 8L << 30;

    private Compressed() {
    }

    /** One file to read: where it is now and the name it goes by ("WDI_CSV.zip: WDISeries.csv"). */
    record Part(Path path, String name) {
    }

    /** The files to read, and the temporary ones to delete afterwards. */
    record Parts(List<Part> parts, List<Path> temporary) implements AutoCloseable {

        @Override
        public void close() {
            for (Path p : temporary) {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    p.toFile().deleteOnExit();
                }
            }
        }
    }

    /**
     * The files to read in {@code file}: itself; the file a gzip holds; the files a zip holds; or, for an Excel
     * workbook, the sheet ({@code sheet}, or the first) as CSV.
     */
    static Parts unpack(Path file, String name, String sheet) throws IOException {
        byte[] magic;
        try (InputStream in = Files.newInputStream(file)) {
            magic = in.readNBytes(4);
        }
        if (magic.length >= 2 && (magic[0] & 0xff) == 0x1f && (magic[1] & 0xff) == 0x8b) {
            Path out = Files.createTempFile("factline-gunzip-", ".txt");
            try (InputStream in = new GZIPInputStream(Files.newInputStream(file), 1 << 16)) {
                copy(in, out);
            } catch (IOException e) {
                Files.deleteIfExists(out);
                throw new IOException("not a readable gzip file: " + e.getMessage(), e);
            }
            return new Parts(List.of(new Part(out, name)), List.of(out));
        }
        if (magic.length == 4 && magic[0] == 'P' && magic[1] == 'K' && magic[2] == 3 && magic[3] == 4) {
            if (Spreadsheets.isWorkbook(entryNames(file))) {
                Path out = Files.createTempFile("factline-sheet-", ".csv");
                try {
                    String read = Spreadsheets.toCsv(file, sheet, out);
                    return new Parts(List.of(new Part(out, name + ": " + read)), List.of(out));
                } catch (IOException | RuntimeException e) {
                    Files.deleteIfExists(out);
                    throw e instanceof IllegalArgumentException iae ? new IOException(iae.getMessage(), iae)
                            : new IOException("not a readable Excel workbook: " + e.getMessage(), e);
                }
            }
            return unzip(file, name);
        }
        return new Parts(List.of(new Part(file, name)), List.of());
    }

    private static List<String> entryNames(Path file) throws IOException {
        List<String> names = new ArrayList<>();
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(file))) {
            for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
                names.add(e.getName());
            }
        }
        return names;
    }

    private static Parts unzip(Path file, String name) throws IOException {
        List<Part> parts = new ArrayList<>();
        List<Path> temporary = new ArrayList<>();
        long total = 0;
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(file))) {
            for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
                String entry = e.getName();
                String base = entry.substring(entry.lastIndexOf('/') + 1);
                if (e.isDirectory() || base.isEmpty() || base.startsWith(".") || entry.startsWith("__MACOSX/")
                        || base.toLowerCase(Locale.ROOT).matches(".*\\.(pdf|md|html?|json|xml|png|jpe?g)$")) {
                    continue;
                }
                Path out = Files.createTempFile("factline-unzip-", ".txt");
                temporary.add(out);
                try (InputStream in = new GZipAware(zip).stream(base)) {
                    total += copy(in, out);
                }
                if (total > MAX_UNPACKED) {
                    new Parts(parts, temporary).close();
                    throw new IOException(name + " unpacks to more than " + (MAX_UNPACKED >> 30) + " GB");
                }
                parts.add(new Part(out, name + ": " + base));
            }
        } catch (IOException e) {
            new Parts(parts, temporary).close();
            throw new IOException("not a readable zip file: " + e.getMessage(), e);
        }
        return new Parts(parts, temporary);
    }

    private static long copy(InputStream in, Path out) throws IOException {
        return Files.copy(in, out, StandardCopyOption.REPLACE_EXISTING);
    }

    /** An entry's bytes, gunzipped when the entry is itself a {@code .gz}; the zip itself stays open. */
    private record GZipAware(ZipInputStream zip) {

        InputStream stream(String entryName) throws IOException {
            InputStream shielded = new java.io.FilterInputStream(zip) {
                @Override
                public void close() {
                    // the next entry is read from the same stream
                }
            };
            return entryName.toLowerCase(Locale.ROOT).endsWith(".gz") ? new GZIPInputStream(shielded) : shielded;
        }
    }
}
