package org.postops.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code postops hash} and {@code postops mhl ...} run in-process, as a person or a script uses them. */
class MhlCommandTest {

    @TempDir
    Path tmp;

    record Run(int code, String out, String err) {
        JsonNode json() {
            return JsonMapper.builder().build().readTree(out);
        }
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = PostOps.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        int code = cli.execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    private Path card() throws Exception {
        Path card = Files.createDirectories(tmp.resolve("A001/Clips"));
        Files.writeString(card.resolve("A001C001.mov"), "frames");
        Files.writeString(card.getParent().resolve("Sidecar.txt"), "media-hash-list");
        return card.getParent();
    }

    @Test
    void hashPrintsEveryFormatFromOneRead() throws Exception {
        Path f = Files.writeString(tmp.resolve("v.bin"), "media-hash-list");
        Run r = run("hash", f.toString(), "-h", "md5", "-h", "xxh64", "-h", "xxh3", "-h", "xxh128", "-h", "sha1",
                "-h", "c4");
        assertThat(r.code()).isZero();
        assertThat(r.out()).isEqualTo(String.join("\n",
                "md5 (" + f + ") = 9db0fc9f30f5ee70041a7538809e2858",
                "xxh64 (" + f + ") = 584b2ea1974f2b7c",
                "xxh3 (" + f + ") = 6d4cbd75905c81aa",
                "xxh128 (" + f + ") = 61a67c014f703a456ee7a776fd8c06bd",
                "sha1 (" + f + ") = 7b57673ac5633937a55b59009ad0c57ee08188b7",
                "c4 (" + f + ") = c456LycWwpMMS7VDZEKvYv2L1uJS6s4qAFnaJdnQiy5JVbBFZMA8aLDS6SPaJjLqxXH4qZdnbuktopMt9frtC2qL1R",
                ""));
        Run json = run("hash", "--json", f.toString());
        assertThat(json.json().get("files").get(0).get("hashes").get("xxh128").asString())
                .isEqualTo("61a67c014f703a456ee7a776fd8c06bd");
    }

    @Test
    void hashRefusesBadInputClearly() throws Exception {
        Run format = run("hash", "-h", "sha256", "x");
        assertThat(format.code()).isEqualTo(2);
        assertThat(format.err()).contains("'sha256' is not a hash format; use one of c4, md5, sha1, xxh128, xxh3, xxh64");
        Run missing = run("hash", tmp.resolve("nope.mov").toString());
        assertThat(missing.code()).isEqualTo(2);
        assertThat(missing.err()).contains("nope.mov: no such file");
        Run folder = run("hash", tmp.toString());
        assertThat(folder.code()).isEqualTo(2);
        assertThat(folder.err()).contains("is a folder").contains("postops mhl create");
        Path link = Files.createSymbolicLink(tmp.resolve("broken.mov"), tmp.resolve("gone.mov"));
        Run broken = run("hash", link.toString());
        assertThat(broken.code()).isEqualTo(40);
        assertThat(broken.err()).contains("is a broken symbolic link");
    }

    @Test
    void createVerifyDiffInfoAndFlattenFromTheCommandLine() throws Exception {
        Path card = card();
        Run create = run("mhl", "create", card.toString(), "-h", "xxh64", "-h", "md5", "--author-name", "Ada Loader",
                "--author-role", "DIT", "--location", "Stage 4");
        assertThat(create.code()).isZero();
        assertThat(create.out()).contains("Wrote ascmhl/0001_A001_").contains("2 original").contains("Root hash md5: ");
        Run verify = run("mhl", "verify", card.toString(), "-v");
        assertThat(verify.code()).isZero();
        assertThat(verify.out()).contains("verified  Sidecar.txt  md5 9db0fc9f30f5ee70041a7538809e2858");

        Files.writeString(card.resolve("Sidecar.txt"), "tampered");
        Files.delete(card.resolve("Clips/A001C001.mov"));
        Files.writeString(card.resolve("Clips/A001C002.mov"), "new");
        Run failed = run("mhl", "verify", "--json", card.toString());
        assertThat(failed.code()).isEqualTo(11);
        JsonNode doc = failed.json();
        assertThat(doc.get("exit").asInt()).isEqualTo(11);
        assertThat(doc.get("counts").get("failed").asInt()).isEqualTo(1);
        assertThat(doc.get("counts").get("missing").asInt()).isEqualTo(1);
        assertThat(doc.get("counts").get("new").asInt()).isEqualTo(1);
        Run diff = run("mhl", "diff", card.toString());
        assertThat(diff.code()).isEqualTo(21);
        assertThat(diff.out()).contains("missing   Clips/A001C001.mov").contains("new       Clips/A001C002.mov");
        assertThat(diff.err()).contains("(exit 21)");

        Run info = run("mhl", "info", "-v", "--json", card.toString());
        assertThat(info.code()).isZero();
        JsonNode gen = info.json().get("generations").get(0);
        assertThat(gen.get("generation").asInt()).isEqualTo(1);
        assertThat(gen.get("location").asString()).isEqualTo("Stage 4");
        assertThat(gen.get("tool").asString()).startsWith("postops ");

        Run flatten = run("mhl", "flatten", card.toString(), tmp.resolve("out").toString());
        assertThat(flatten.code()).isZero();
        try (Stream<Path> s = Files.list(tmp.resolve("out"))) {
            assertThat(s.map(p -> p.getFileName().toString())).singleElement().asString().startsWith("packinglist_A001_");
        }
    }

    @Test
    void errorsAreOneLineWithTheReferenceExitCodes() throws Exception {
        Path bare = Files.createDirectories(tmp.resolve("bare"));
        Run none = run("mhl", "verify", bare.toString());
        assertThat(none.code()).isEqualTo(30);
        assertThat(none.err().strip()).isEqualTo("postops: Missing ASC MHL history at path " + bare);
        Run noFolder = run("mhl", "create", tmp.resolve("nowhere").toString());
        assertThat(noFolder.code()).isEqualTo(2);
        Run badEmail = run("mhl", "create", bare.toString(), "--author-name", "A", "--author-email", "not-an-email");
        assertThat(badEmail.code()).isEqualTo(2);
        assertThat(badEmail.err()).contains("--author-email 'not-an-email' is not an email address");
        assertThat(Files.exists(bare.resolve("ascmhl"))).isFalse(); // nothing written on bad input
        Run quiet = run("mhl", "create", "-q", bare.toString());
        assertThat(quiet.code()).isZero();
        assertThat(quiet.out()).isEmpty();
    }

    @Test
    void helpShowsExamplesAndExitCodes() {
        Run help = run("mhl", "--help");
        assertThat(help.code()).isZero();
        assertThat(help.out()).contains("create").contains("verify").contains("diff").contains("info").contains("flatten")
                .contains("11  files do not match their recorded hashes").contains("30  no ASC MHL history");
        Run create = run("mhl", "create", "--help");
        assertThat(create.out()).contains("Examples:").contains("-h, --hash-format=FORMAT").contains("-dr, --detect-renaming");
        assertThat(create.out().lines()).allSatisfy(l -> assertThat(l.length()).isLessThanOrEqualTo(80));
        assertThat(run("hash", "--help").out()).contains("Examples:").contains("Exit codes:");
    }

    @Test
    void theReferenceScenario04FailsWithExit11() throws Exception {
        Path fixture = Path.of("").toAbsolutePath().getParent()
                .resolve("../shared/fixtures/ascmhl/examples/scenarios/Output/scenario_04/file_server/A002R2EC").normalize();
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isDirectory(fixture));
        Path copy = tmp.resolve("A002R2EC");
        Files.walkFileTree(fixture, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes a) throws java.io.IOException {
                Files.createDirectories(copy.resolve(fixture.relativize(d).toString()));
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path f, BasicFileAttributes a) throws java.io.IOException {
                Files.copy(f, copy.resolve(fixture.relativize(f).toString()));
                return FileVisitResult.CONTINUE;
            }
        });
        Run r = run("mhl", "verify", copy.toString());
        assertThat(r.code()).isEqualTo(11);
        assertThat(r.out()).contains("failed    Sidecar.txt  xxh64 recorded 3ab5a4166b9bde44, now 70d2cf31aaa3eac4");
    }
}
