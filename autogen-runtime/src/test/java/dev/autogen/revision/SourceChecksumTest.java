package dev.autogen.revision;


import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourceChecksumTest {
    private static final String SOURCE = "public final class M1 implements Migration {\n    // creates users\n}\n";

    @Test
    void isTheSha256OfTheTextWithUnixLineEndings() {
        // sha256 of the text without its final newline, as `printf %s "$text" | sha256sum` gives it
        assertThat(SourceChecksum.ofText("abc\n")).isEqualTo(
                "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }

    @Test
    void lineEndingsByteOrderMarkAndTrailingBlanksAreNotEdits() {
        String checksum = SourceChecksum.ofText(SOURCE);
        assertThat(SourceChecksum.ofText(SOURCE.replace("\n", "\r\n"))).isEqualTo(checksum);
        assertThat(SourceChecksum.ofText("\uFEFF" + SOURCE)).isEqualTo(checksum);
        assertThat(SourceChecksum.ofText(SOURCE.replace("{\n", "{   \n") + "\n\n")).isEqualTo(checksum);
    }

    @Test
    void anyOtherChangeIs() {
        String checksum = SourceChecksum.ofText(SOURCE);
        assertThat(SourceChecksum.ofText(SOURCE.replace("users", "members"))).isNotEqualTo(checksum);
        assertThat(SourceChecksum.ofText(SOURCE.replace("    //", "  //"))).isNotEqualTo(checksum);
        assertThat(SourceChecksum.ofText(SOURCE.replace("\n}", "\n\n}"))).isNotEqualTo(checksum);
    }

    @Test
    void onlyJavaSourcesHaveOne(@TempDir Path dir) throws Exception {
        Path java = Files.writeString(dir.resolve("M1.java"), SOURCE);
        Path compiled = Files.write(dir.resolve("M1.class"), new byte[] {(byte) 0xCA, (byte) 0xFE});
        assertThat(SourceChecksum.of(java)).hasValue(SourceChecksum.ofText(SOURCE));
        assertThat(SourceChecksum.of(compiled)).isEmpty();
        assertThat(SourceChecksum.of(dir.resolve("Missing.java"))).isEmpty();
    }
}
