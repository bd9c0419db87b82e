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
import org.apache.commons.io.input.BOMInputStream;

/**
 * How a CSV file is written: its encoding (UTF-8 with or without BOM, else Windows-1252), its delimiter
 * (comma, semicolon or tab) and whether its numbers use a decimal comma.
 */
record Dialect(Charset charset, boolean bom, char delimiter, boolean decimalComma) {

    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final Pattern DECIMAL_COMMA = Pattern.compile("-?\\d{1,3}(\\.\\d{3})*,\\d+|-?\\d+,\\d{1,2}");
    private static final Pattern DECIMAL_POINT = Pattern.compile("-?\\d+\\.\\d+");
    private static final int SAMPLE_BYTES = 64 * 1024;

    /** What a person reads in a preview: "UTF-8 (BOM), comma-separated, decimal point". */
    public String describe() {
        String enc = charset.equals(StandardCharsets.UTF_8) ? "UTF-8" + (bom ? " with BOM" : "") : "Windows-1252";
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
            boolean bom = startsWithBom(file);
            Charset charset = isUtf8(file, bom) ? StandardCharsets.UTF_8 : WINDOWS_1252;
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

    private static boolean startsWithBom(Path file) throws IOException {
        try (BOMInputStream in = BOMInputStream.builder().setPath(file).get()) {
            return in.hasBOM();
        }
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
