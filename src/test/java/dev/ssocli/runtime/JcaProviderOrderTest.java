package dev.ssocli.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.Provider;
import java.security.Security;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** Moving SunJCE ahead changes no provider that a {@code getInstance(type, algorithm)} lookup settles on. */
class JcaProviderOrderTest {
    @Test
    void everyAlgorithmIsServedByTheSameProviderInBothOrders() {
        Map<String, String> stock = firstProviders(JcaProviderOrder.STOCK);
        Map<String, String> preferred = firstProviders(JcaProviderOrder.PREFERRED);
        assertThat(stock).containsEntry("Mac HMACSHA256", "SunJCE").containsEntry("KeyAgreement ECDH", "SunEC")
                .containsEntry("SSLContext TLS", "SunJSSE").containsEntry("Signature SHA256WITHRSA", "SunRsaSign")
                .hasSizeGreaterThan(200);
        assertThat(preferred).isEqualTo(stock);
    }

    @Test
    void theReorderedListHoldsTheSameProviders() {
        assertThat(JcaProviderOrder.PREFERRED).containsExactlyInAnyOrderElementsOf(JcaProviderOrder.STOCK)
                .startsWith("SUN", "SunJCE");
    }

    /** For every type and algorithm (aliases included) of these providers, the first one in {@code order} offering it. */
    private static Map<String, String> firstProviders(List<String> order) {
        Map<String, String> first = new TreeMap<>();
        for (String name : order) {
            Provider provider = Security.getProvider(name);
            assertThat(provider).as(name).isNotNull();
            for (Provider.Service service : provider.getServices()) {
                first.putIfAbsent(key(service.getType(), service.getAlgorithm()), name);
            }
            provider.keySet().stream().map(String::valueOf).filter(k -> k.startsWith("Alg.Alias."))
                    .forEach(k -> {
                        String typeAndAlias = k.substring("Alg.Alias.".length());
                        int dot = typeAndAlias.indexOf('.');
                        first.putIfAbsent(key(typeAndAlias.substring(0, dot), typeAndAlias.substring(dot + 1)), name);
                    });
        }
        return first;
    }

    private static String key(String type, String algorithm) {
        return type + " " + algorithm.toUpperCase(java.util.Locale.ROOT);
    }
}
