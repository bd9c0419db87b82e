package org.factline.importer;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;

/** Opening CSV text the way providers ship it. */
final class CsvInput {

    private CsvInput() {
    }

    /** A UTF-8 reader over {@code in} that drops a leading byte-order mark. */
    static Reader utf8WithoutBom(InputStream in) throws IOException {
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        reader.mark(1);
        if (reader.read() != '\uFEFF') {
            reader.reset();
        }
        return reader;
    }
}
