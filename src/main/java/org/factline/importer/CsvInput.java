package org.factline.importer;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import org.apache.commons.io.input.BOMInputStream;

/** Opening CSV text the way providers ship it. */
final class CsvInput {

    private CsvInput() {
    }

    /** A UTF-8 reader over {@code in} that drops a leading byte-order mark. */
    static Reader utf8WithoutBom(InputStream in) throws IOException {
        return new BufferedReader(new InputStreamReader(BOMInputStream.builder().setInputStream(in).get(),
                StandardCharsets.UTF_8));
    }
}
