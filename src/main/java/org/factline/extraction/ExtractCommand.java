package org.factline.extraction;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * {@code java -jar factline.jar extract FILE}: one JSON object per line for each figure the file's text states.
 * Needs no database and starts no server. Exit 0 when read (even with no figures), 1 when the file cannot be read
 * or is not UTF-8, 2 on a usage error. {@code -} reads standard input.
 */
public final class ExtractCommand {

    static final String USAGE = "usage: java -jar factline.jar extract FILE   (FILE is UTF-8 text; - reads stdin)";

    private ExtractCommand() {
    }

    public static int run(String[] args, InputStream stdin, PrintStream out, PrintStream err) {
        if (args.length != 1 || args[0].startsWith("--") || args[0].isBlank()) {
            err.println("factline extract: give exactly one file");
            err.println(USAGE);
            return 2;
        }
        String name = args[0];
        byte[] bytes;
        try {
            bytes = "-".equals(name) ? stdin.readAllBytes() : Files.readAllBytes(Path.of(name));
        } catch (NoSuchFileException e) {
            err.println("factline extract: " + name + ": no such file");
            return 1;
        } catch (IOException e) {
            err.println("factline extract: " + name + ": cannot read: " + e.getMessage());
            return 1;
        }
        String text;
        try {
            text = decode(bytes);
        } catch (MalformedInputException e) {
            err.println("factline extract: " + name + ": " + e.getMessage());
            return 1;
        }
        ObjectWriter json = new ObjectMapper().enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
                .writerFor(CandidateJson.class);
        try {
            for (CandidateJson c : CandidateJson.extract(text)) {
                out.println(json.writeValueAsString(c));
            }
        } catch (IOException e) {
            err.println("factline extract: cannot write: " + e.getMessage());
            return 1;
        }
        out.flush();
        return 0;
    }

    /**
     * The bytes as UTF-8, refusing a malformed sequence with its byte offset. A byte-order mark is kept as the
     * character U+FEFF at offset 0, as a UTF-8 decoder gives it.
     */
    public static String decode(byte[] bytes) throws MalformedInputException {
        CharsetDecoder d = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        try {
            return d.decode(in).toString();
        } catch (MalformedInputException e) {
            throw new NotUtf8(in.position(), e.getInputLength());
        } catch (CharacterCodingException e) {
            throw new NotUtf8(in.position(), 1);
        }
    }

    /** Text that is not UTF-8, with where. */
    static final class NotUtf8 extends MalformedInputException {
        private final int offset;

        NotUtf8(int offset, int length) {
            super(length);
            this.offset = offset;
        }

        @Override
        public String getMessage() {
            return "not valid UTF-8 at byte " + offset + "; save the text as UTF-8";
        }
    }
}
