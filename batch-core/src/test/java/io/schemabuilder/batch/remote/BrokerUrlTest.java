package io.schemabuilder.batch.remote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class BrokerUrlTest {

    @Test
    void readsEveryPartAndDecodesTheVirtualHost() {
        BrokerUrl url = BrokerUrl.parse("amqp://etl:p%40ss@mq.example.com:5673/prod%2Fnightly", Map.of());
        assertThat(url).isEqualTo(new BrokerUrl(false, "mq.example.com", 5673, "prod/nightly", "etl", "p@ss"));
    }

    @Test
    void defaultsArePort5672TheDefaultVirtualHostAndGuest() {
        assertThat(BrokerUrl.parse("amqp://127.0.0.1", Map.of()))
                .isEqualTo(new BrokerUrl(false, "127.0.0.1", 5672, "/", "guest", "guest"));
        assertThat(BrokerUrl.parse("amqp://127.0.0.1/", Map.of()).virtualHost()).isEqualTo("/");
    }

    @Test
    void amqpsIsTlsOnPort5671() {
        BrokerUrl url = BrokerUrl.parse("amqps://mq.example.com/prod", Map.of());
        assertThat(url.tls()).isTrue();
        assertThat(url.port()).isEqualTo(5671);
    }

    @Test
    void credentialsMissingFromTheUrlComeFromTheEnvironment() {
        Map<String, String> env = Map.of(BrokerUrl.USER_ENV, "etl", BrokerUrl.PASSWORD_ENV, "from-env");
        assertThat(BrokerUrl.parse("amqp://mq/prod", env)).extracting(BrokerUrl::user, BrokerUrl::password)
                .containsExactly("etl", "from-env");
        assertThat(BrokerUrl.parse("amqp://other@mq/prod", env)).extracting(BrokerUrl::user, BrokerUrl::password)
                .containsExactly("other", "from-env");
        assertThat(BrokerUrl.parse("amqp://other:in-url@mq/prod", env).password()).isEqualTo("in-url");
    }

    @Test
    void toStringNeverHoldsThePassword() {
        BrokerUrl url = BrokerUrl.parse("amqps://etl:Secret-1@mq.example.com/prod", Map.of());
        assertThat(url.toString()).isEqualTo("amqps://etl@mq.example.com:5671/prod").doesNotContain("Secret-1");
        assertThat(BrokerUrl.parse("amqp://127.0.0.1", Map.of()).toString()).isEqualTo("amqp://guest@127.0.0.1:5672");
    }

    @Test
    void aUrlThatIsNotAnAmqpOneIsRefusedWithoutShowingItsPassword() {
        assertThatThrownBy(() -> BrokerUrl.parse("http://etl:Secret-1@mq/prod", Map.of()))
                .hasMessageContaining("is not an AMQP URL").hasMessageNotContaining("Secret-1");
        assertThatThrownBy(() -> BrokerUrl.parse("amqp:///prod", Map.of())).hasMessageContaining("names no host");
        assertThatThrownBy(() -> BrokerUrl.parse("amqp://mq/a/b", Map.of())).hasMessageContaining("%2F");
        assertThatThrownBy(() -> BrokerUrl.parse("amqp://mq/?heartbeat=5", Map.of()))
                .hasMessageContaining("query parameters");
        assertThatThrownBy(() -> BrokerUrl.parse(" ", Map.of())).hasMessage("the broker URL is empty");
    }
}
