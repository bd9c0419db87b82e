package org.factline.extraction;

import org.factline.FactlineJar;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code java -jar factline.jar extract FILE} as a separate process, the way a script calls it. */
class ExtractCommandIT {

    @TempDir
    Path dir;

    record Run(int exit, String out, String err) {
    }

    Run extract(String... args) throws Exception {
        List<String> cmd = FactlineJar.command("extract");
        cmd.addAll(List.of(args));
        Path out = dir.resolve("out.txt");
        Path err = dir.resolve("err.txt");
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(err.toFile());
        pb.environment().put("LC_ALL", "C"); // a plain locale must not garble £ or €
        Process p = pb.start();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new Run(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    @Test
    void printsOneJsonObjectPerFigureWithCodePointOffsets() throws Exception {
        String text = "📉 Kyrgyzstan's economy shrank by 8.6% in 2020.\nIt seeks a $100 million loan and £2.5bn more.";
        Path file = dir.resolve("article.txt");
        Files.writeString(file, text, StandardCharsets.UTF_8);
        Run run = extract(file.toString());
        assertThat(run.exit()).as(run.err()).isZero();
        List<String> lines = run.out().lines().toList();
        assertThat(lines).hasSize(3);
        ObjectMapper json = new ObjectMapper();
        JsonNode first = json.readTree(lines.get(0));
        int[] codePoints = text.codePoints().toArray();
        assertThat(new String(codePoints, first.get("start").asInt(), first.get("end").asInt()
                - first.get("start").asInt())).isEqualTo("8.6%");
        assertThat(first.get("value").decimalValue()).isEqualByComparingTo("-8.6");
        assertThat(first.get("unit").asText()).isEqualTo("percent");
        assertThat(first.get("kind").asText()).isEqualTo("percent");
        assertThat(first.get("sentence").asText()).isEqualTo("📉 Kyrgyzstan's economy shrank by 8.6% in 2020.");
        JsonNode loan = json.readTree(lines.get(1));
        assertThat(loan.get("text").asText()).isEqualTo("$100 million");
        assertThat(loan.get("value").toString()).isEqualTo("100000000");
        assertThat(loan.get("unit").asText()).isEqualTo("USD");
        assertThat(json.readTree(lines.get(2)).get("text").asText()).isEqualTo("£2.5bn");
    }

    @Test
    void refusesWhatItCannotRead() throws Exception {
        Run missing = extract(dir.resolve("nope.txt").toString());
        assertThat(missing.exit()).isEqualTo(1);
        assertThat(missing.err()).contains("nope.txt: no such file");

        Path latin1 = dir.resolve("latin1.txt");
        Files.write(latin1, "Costs rose to £5m.".getBytes(StandardCharsets.ISO_8859_1));
        Run notUtf8 = extract(latin1.toString());
        assertThat(notUtf8.exit()).isEqualTo(1);
        assertThat(notUtf8.err()).contains("latin1.txt: not valid UTF-8 at byte 14");
        assertThat(notUtf8.out()).isEmpty();

        Run usage = extract();
        assertThat(usage.exit()).isEqualTo(2);
        assertThat(usage.err()).contains("usage: java -jar factline.jar extract FILE");
    }
}
