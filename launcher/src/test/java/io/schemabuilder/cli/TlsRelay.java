package io.schemabuilder.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLServerSocket;

/**
 * A TLS listener in front of a plain TCP service: a broker with TLS for the tests, without reconfiguring the
 * machine's RabbitMQ. It listens on an ephemeral port of 127.0.0.1 with the given certificate, and forwards each
 * connection's decrypted bytes both ways to the target (e.g. RabbitMQ's 127.0.0.1:5672), one thread per direction.
 * The broker sees the relay's connections as coming from 127.0.0.1, so guest may log in.
 */
public final class TlsRelay implements AutoCloseable {
    private static final InetAddress LOOPBACK = InetAddress.getLoopbackAddress();

    private final SSLServerSocket server;
    private final InetSocketAddress target;
    private final List<Socket> sockets = new CopyOnWriteArrayList<>();
    private final AtomicInteger connections = new AtomicInteger();

    private TlsRelay(SSLServerSocket server, InetSocketAddress target) {
        this.server = server;
        this.target = target;
    }

    public static TlsRelay start(TlsCertificate certificate, int targetPort) throws Exception {
        KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        keys.init(TlsCertificate.load(certificate.keyStore(), certificate.password()),
                certificate.password().toCharArray());
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(keys.getKeyManagers(), null, null);
        SSLServerSocket server = (SSLServerSocket) context.getServerSocketFactory().createServerSocket(0, 50,
                LOOPBACK);
        TlsRelay relay = new TlsRelay(server, new InetSocketAddress(LOOPBACK, targetPort));
        daemon("tls-relay-accept", relay::accept).start();
        return relay;
    }

    /** The TLS port, on 127.0.0.1. */
    public int port() {
        return server.getLocalPort();
    }

    private void accept() {
        while (!server.isClosed()) {
            Socket client;
            try {
                client = server.accept();
            } catch (IOException e) {
                return; // closed
            }
            connections.incrementAndGet();
            sockets.add(client);
            Socket upstream = new Socket();
            sockets.add(upstream);
            try {
                upstream.connect(target, 5000);
            } catch (IOException e) {
                close(client); // the target is down: the client sees its connection closed
                continue;
            }
            // The TLS handshake happens on the first read, in the client-to-target thread: a client that refuses
            // the certificate ends that thread, which closes both sockets.
            daemon("tls-relay-in", () -> pump(client, upstream)).start();
            daemon("tls-relay-out", () -> pump(upstream, client)).start();
        }
    }

    /** How many connections the relay accepted (each a TLS connection, whether its handshake succeeded or not). */
    public int connections() {
        return connections.get();
    }

    /** Copies until either side ends, then closes both (TLS 1.2 has no half-close). */
    private void pump(Socket from, Socket to) {
        try (from; to) {
            InputStream in = from.getInputStream();
            OutputStream out = to.getOutputStream();
            byte[] buffer = new byte[16 * 1024];
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                out.write(buffer, 0, n);
                out.flush();
            }
        } catch (IOException e) {
            // a failed handshake or a connection closed by the other side: both are closed above
        }
    }

    private static Thread daemon(String name, Runnable task) {
        Thread thread = new Thread(task, name);
        thread.setDaemon(true);
        return thread;
    }

    @Override
    public void close() {
        close(server);
        sockets.forEach(TlsRelay::close);
    }

    private static void close(java.io.Closeable socket) {
        try {
            socket.close();
        } catch (IOException e) {
            // closing anyway
        }
    }
}
