package org.factline.importer;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.apache.commons.io.ByteOrderMark;
import org.apache.commons.io.input.BOMInputStream;

/**
 * How a CSV file is written: its encoding (UTF-8 with or without BOM; UTF-16, as the IMF writes its World Economic
 * Outlook files, with a BOM or recognised by its zero bytes; else Windows-1252, which covers Latin-1), its delimiter
 * (comma, semicolon or tab) and whether its numbers use a decimal comma.
 */
record Dialect(Charset charset, boolean bom, char delimiter, boolean decimalComma) {

    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final Pattern DECIMAL_COMMA = Pattern.compile("-?\\d{1,3}(\\.\\d{3})*,\\d+|-?\\d+,\\d{1,2}");
    private static final Pattern DECIMAL_POINT = Pattern.compile("-?\\d+\\.\\d+");
    private static final int SAMPLE_BYTES = 64 * 1024;

    /** What a person reads in a preview: "UTF-8 (BOM), comma-separated, decimal point". */
    public String describe() {
        String enc = charset.equals(WINDOWS_1252) ? "Windows-1252" : charset.name() + (bom ? " with BOM" : "");
        String sep = switch (delimiter) {
            case ';' -> "semicolon";
            case '\t' -> "tab";
            default -> "comma";
        };
        return enc + ", " + sep + "-separated, decimal " + (decimalComma ? "comma" : "point");
    }

    /** Detects the dialect of a file: the encoding from its bytes, the rest from its first lines. */
    public static Dialect detect(Path file) {
        try {
            ByteOrderMark mark = byteOrderMark(file);
            boolean bom = mark != null;
            Charset charset = mark != null ? Charset.forName(mark.getCharsetName())
                    : isUtf16Le(file) ? StandardCharsets.UTF_16LE
                    : isUtf8(file, false) ? StandardCharsets.UTF_8 : WINDOWS_1252;
            byte[] head;
            try (InputStream in = Files.newInputStream(file)) {
                head = in.readNBytes(SAMPLE_BYTES);
            }
            String sample = new String(head, charset);
            if (bom) {
                sample = sample.substring(1);
            }
            char delimiter = delimiterOf(sample);
            return new Dialect(charset, bom, delimiter, decimalCommaIn(sample, delimiter));
        } catch (IOException e) {
            throw new UncheckedIOException(file.getFileName() + ": " + e.getMessage(), e);
        }
    }

    /** The file's byte-order mark (UTF-8, UTF-16LE or UTF-16BE), or null. */
    private static ByteOrderMark byteOrderMark(Path file) throws IOException {
        try (BOMInputStream in = BOMInputStream.builder().setPath(file)
                .setByteOrderMarks(ByteOrderMark.UTF_8, ByteOrderMark.UTF_16LE, ByteOrderMark.UTF_16BE).get()) {
            return in.getBOM();
        }
    }

    /** UTF-16LE without a mark: text in the Latin range leaves every second byte zero. */
    private static boolean isUtf16Le(Path file) throws IOException {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(4096);
        }
        int pairs = head.length / 2;
        int zeros = 0;
        for (int i = 1; i < head.length; i += 2) {
            zeros += head[i] == 0 && head[i - 1] != 0 ? 1 : 0;
        }
        return pairs >= 8 && zeros * 10 >= pairs * 9;
    }

    /** Decodes the whole file as strict UTF-8, in chunks; any malformed byte means it is not UTF-8. */
    private static boolean isUtf8(Path file, boolean bom) throws IOException {
        if (bom) {
            return true;
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.allocate(256 * 1024);
        CharBuffer out = CharBuffer.allocate(256 * 1024);
        try (InputStream stream = Files.newInputStream(file)) {
            byte[] chunk = new byte[64 * 1024];
            for (int n; (n = stream.read(chunk)) > 0; ) {
                in.put(chunk, 0, n);
                in.flip();
                var result = decoder.decode(in, out, false);
                if (result.isError()) {
                    return false;
                }
                in.compact();
                out.clear();
            }
            in.flip();
            var result = decoder.decode(in, out, true);
            return !result.isError() && !decoder.flush(out).isError() && !in.hasRemaining();
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    /** The candidate that splits the first non-blank lines most consistently into more than one field. */
    static char delimiterOf(String sample) {
        String first = sample.lines().findFirst().orElse("");
        int tab = first.indexOf('\t');
        if (tab > 0 && first.substring(0, tab).contains("\\")) {
            return '\t'; // Eurostat's TSV: "freq,unit,geo\TIME_PERIOD" then periods, tab-separated
        }
        String[] lines = sample.lines().filter(l -> !l.isBlank()).limit(20).toArray(String[]::new);
        char best = ',';
        int bestScore = 0;
        for (char c : new char[] {',', ';', '\t'}) {
            int header = lines.length == 0 ? 0 : fieldsOutsideQuotes(lines[lines.length > 5 ? 4 : 0], c);
            int score = 0;
            for (String line : lines) {
                int n = fieldsOutsideQuotes(line, c);
                if (n > 1 && n == header) {
                    score += n;
                }
            }
            if (score > bestScore) {
                bestScore = score;
                best = c;
            }
        }
        return best;
    }

    private static int fieldsOutsideQuotes(String line, char delimiter) {
        int fields = 1;
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (c == delimiter && !quoted) {
                fields++;
            }
        }
        return fields;
    }

    private static boolean decimalCommaIn(String sample, char delimiter) {
        int comma = 0;
        int point = 0;
        for (String line : sample.lines().limit(200).toList()) {
            for (String cell : line.split(Pattern.quote(String.valueOf(delimiter)))) {
                String s = cell.strip();
                if (s.length() > 1 && s.startsWith("\"") && s.endsWith("\"")) {
                    s = s.substring(1, s.length() - 1).strip();
                }
                if (DECIMAL_COMMA.matcher(s).matches()) {
                    comma++;
                } else if (DECIMAL_POINT.matcher(s).matches()) {
                    point++;
                }
            }
        }
        return comma > point;
    }
}
