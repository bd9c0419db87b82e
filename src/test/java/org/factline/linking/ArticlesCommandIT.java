package org.factline.linking;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.factline.FactlineJar;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code java -jar factline.jar articles ...} as a user runs it: JSON Lines and a folder of text files. */
class ArticlesCommandIT {

    @TempDir
    Path dir;

    record Run(int exit, String out, String err) {
    }

    Run factline(String... args) throws Exception {
        List<String> cmd = FactlineJar.command(args);
        cmd.add("--factline.data-dir=" + dir.resolve("data"));
        Path out = dir.resolve("out.txt");
        Path err = dir.resolve("err.txt");
        Process p = new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertThat(p.waitFor(180, TimeUnit.SECONDS)).as("the command finished").isTrue();
        return new Run(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    @Test
    void articlesComeInFromJsonLinesAndFoldersOnceEach() throws Exception {
        Path jsonl = dir.resolve("wire.jsonl");
        Files.writeString(jsonl, """
                {"url": "https://example.org/a1", "title": "Inflation eases", "publisher": "Wire", "published": "2024-03-01", "text": "Inflation eased to 4.2% in February."}
                {"url": "https://example.org/a2", "title": "Som steady", "published": "March 1st", "text": "x"}
                not json
                {"url": "https://example.org/a3", "text": "No title here."}
                """);
        Path folder = Files.createDirectories(dir.resolve("texts"));
        Files.writeString(folder.resolve("one.md"), """
                # Remittances fall
                URL: https://example.org/remittances
                Publisher: Desk
                Published: 2024-02-10
                Remittances to Kyrgyzstan fell by a fifth in 2023, to $2.5 billion.
                """);
        Files.writeString(folder.resolve("two.txt"), "Wheat prices\nWheat prices rose 12% in January.\n");
        Files.writeString(folder.resolve("notes.pdf"), "ignored");
        Files.write(folder.resolve("latin.txt"),
                "Déficit\nLe déficit a atteint 5,5 %.".getBytes(StandardCharsets.ISO_8859_1));
        try (var in = getClass().getResourceAsStream("/articles/meta-split.html")) {
            Files.write(folder.resolve("page.html"), in.readAllBytes());
        }
        try (var in = getClass().getResourceAsStream("/articles/desk.atom")) {
            Files.write(folder.resolve("desk.atom"), in.readAllBytes());
        }

        Run dry = factline("articles", jsonl.toString(), folder.toString(), "--dry-run");
        assertThat(dry.out()).contains("dry run: would have 6 added, 0 already present, 4 refused");

        Run first = factline("articles", jsonl.toString(), folder.toString());
        assertThat(first.exit()).isEqualTo(1);
        assertThat(first.out()).contains("wire.jsonl, line 1: added as source", "one.md: added as source",
                "two.txt: added as source", "page.html: added as source",
                "Inflation in Armenia eases to 5.2%", "desk.atom, item 2: added as source",
                "Som at 84.8 to the dollar", "6 added, 0 already present, 4 refused");
        assertThat(first.err()).contains("wire.jsonl, line 2: refused: \"published\" is \"March 1st\", not a date",
                "wire.jsonl, line 3: refused: not a JSON object", "wire.jsonl, line 4: refused: An article needs a title",
                "latin.txt: refused: cannot be read as UTF-8 text");

        Run again = factline("articles", folder.toString());
        assertThat(again.exit()).isEqualTo(1);
        assertThat(again.out()).contains("0 added, 5 already present, 1 refused");
    }
}
