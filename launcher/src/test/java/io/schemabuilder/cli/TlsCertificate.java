package io.schemabuilder.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A self-signed server certificate made at test time with the running JDK's {@code keytool}, in a PKCS12 key store,
 * and a trust store holding only that certificate (what a client given {@code -Djavax.net.ssl.trustStore} trusts).
 *
 * @param keyStore   the certificate and its private key, for the server side
 * @param trustStore the certificate alone, for the client side
 * @param password   of both stores
 */
public record TlsCertificate(Path keyStore, Path trustStore, String password) {
    private static final String ALIAS = "server";

    /**
     * @param names the certificate's subject alternative names, as keytool writes them: {@code ip:127.0.0.1},
     *              {@code dns:localhost}; a client verifying host names accepts only these
     */
    public static TlsCertificate make(Path dir, String... names) throws Exception {
        Files.createDirectories(dir);
        Path keyStore = dir.resolve("server.p12");
        Path trustStore = dir.resolve("trust.p12");
        String password = "test-store-password";
        keytool("-genkeypair", "-alias", ALIAS, "-keyalg", "EC", "-groupname", "secp256r1", "-validity", "2",
                "-dname", "CN=schema-builder test broker", "-ext", "SAN=" + String.join(",", names),
                "-keystore", keyStore.toString(), "-storetype", "PKCS12", "-storepass", password, "-keypass", password);
        KeyStore server = load(keyStore, password);
        KeyStore trust = KeyStore.getInstance("PKCS12");
        trust.load(null, null);
        trust.setCertificateEntry(ALIAS, server.getCertificate(ALIAS));
        try (OutputStream out = Files.newOutputStream(trustStore)) {
            trust.store(out, password.toCharArray());
        }
        return new TlsCertificate(keyStore, trustStore, password);
    }

    static KeyStore load(Path store, String password) throws Exception {
        KeyStore keys = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(store)) {
            keys.load(in, password.toCharArray());
        }
        return keys;
    }

    /** The JVM options that make a client trust this certificate (and nothing else). */
    public String trustOptions() {
        return "-Djavax.net.ssl.trustStore=" + trustStore + " -Djavax.net.ssl.trustStorePassword=" + password;
    }

    private static void keytool(String... arguments) throws IOException, InterruptedException {
        List<String> command = new java.util.ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "keytool").toString());
        command.addAll(List.of(arguments));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
            process.destroyForcibly();
            throw new IllegalStateException("keytool " + String.join(" ", arguments) + " failed: " + output);
        }
    }
}
