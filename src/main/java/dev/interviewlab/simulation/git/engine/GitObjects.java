package dev.interviewlab.simulation.git.engine;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;

/**
 * Object ids exactly as git computes them (SHA-1 over {@code "<type> <size>\0<body>"}), so the
 * simulated hashes equal the ones the exported script produces in real git with the same
 * identity and dates.
 */
final class GitObjects {

    /** The identity the simulation commits with; the exported script sets the same. */
    static final String NAME = "Interview Lab";
    static final String EMAIL = "lab@interviewlab.dev";
    /** Virtual time: step n happens at EPOCH + n * 60 seconds, UTC. */
    static final long EPOCH = 1_700_000_000L;

    private GitObjects() {
    }

    static String blobId(String content) {
        return hash("blob", content.getBytes(StandardCharsets.UTF_8));
    }

    /** A flat tree: regular files (mode 100644) sorted by name, as git sorts them. */
    static String treeId(SortedMap<String, String> files) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (Map.Entry<String, String> file : files.entrySet()) {
            body.writeBytes(("100644 " + file.getKey()).getBytes(StandardCharsets.UTF_8));
            body.write(0);
            body.writeBytes(HexFormat.of().parseHex(blobId(file.getValue())));
        }
        return hash("tree", body.toByteArray());
    }

    static String commitId(String treeId, List<String> parentIds, long authorTime, long committerTime, String message) {
        StringBuilder body = new StringBuilder();
        body.append("tree ").append(treeId).append('\n');
        for (String parent : parentIds) {
            body.append("parent ").append(parent).append('\n');
        }
        body.append("author ").append(NAME).append(" <").append(EMAIL).append("> ").append(authorTime).append(" +0000\n");
        body.append("committer ").append(NAME).append(" <").append(EMAIL).append("> ").append(committerTime).append(" +0000\n");
        body.append('\n').append(message);
        return hash("commit", body.toString().getBytes(StandardCharsets.UTF_8));
    }

    static long timeOfStep(int step) {
        return EPOCH + 60L * step;
    }

    private static String hash(String type, byte[] body) {
        try {
            MessageDigest sha1 = MessageDigest.getInstance("SHA-1");
            sha1.update((type + " " + body.length).getBytes(StandardCharsets.UTF_8));
            sha1.update((byte) 0);
            sha1.update(body);
            return HexFormat.of().formatHex(sha1.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform provides SHA-1", e);
        }
    }
}
