package io.schemabuilder.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import org.junit.jupiter.api.Test;

/** The address serve prints is the one a person asked for and can open. */
class ServeAddressTest {

    @Test
    void everyInterfaceIsPrintedAsAskedNotAsTheDualStackWildcard() throws Exception {
        InetSocketAddress dualStack = new InetSocketAddress(InetAddress.getByName("::"), 8080);

        assertThat(Serve.url("0.0.0.0", dualStack)).isEqualTo("http://0.0.0.0:8080/");
        assertThat(Serve.url("::", dualStack)).isEqualTo("http://[::]:8080/");
        assertThat(Serve.url("127.0.0.1", new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 9000)))
                .isEqualTo("http://127.0.0.1:9000/");
    }
}
