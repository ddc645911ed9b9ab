package dev.ssocli.runtime;

import java.security.Security;
import java.util.List;

/**
 * Puts SunJCE second in the JCA provider list when the list is the JDK's stock one. Every SigV4 signature starts
 * with {@code Mac.getInstance("HmacSHA256")}, which only SunJCE answers; in the stock order (SUN, SunRsaSign, SunEC,
 * SunJSSE, SunJCE) the lookup first loads SunEC, and where SunEC is in its own module (jdk.crypto.ec, Java 17-21)
 * finding it instantiates, through a service-loader search, the provider classes of the other modules as well
 * (XMLDSig, SunPKCS11, SunPCSC, ...): about 9 ms of a plain-HTTP {@code sts get-caller-identity} on Java 17. SunJCE
 * offers none of the algorithms of the three providers it moves ahead of, so no lookup gets another implementation
 * ({@code JcaProviderOrderTest}); SunEC and SunJSSE are still loaded when TLS needs them. A customised list (a FIPS
 * set-up, an added provider) is left as it is.
 */
public final class JcaProviderOrder {
    /** The JDK's stock order of the first five providers, and the order this class makes of them. */
    static final List<String> STOCK = List.of("SUN", "SunRsaSign", "SunEC", "SunJSSE", "SunJCE");
    static final List<String> PREFERRED = List.of("SUN", "SunJCE", "SunRsaSign", "SunEC", "SunJSSE");

    private JcaProviderOrder() {
    }

    /**
     * To be called before the first {@code Mac} lookup (the list is read once, at the first JCA lookup of any kind;
     * called later, this changes nothing). {@code AwsClients} calls it before any SDK client exists.
     */
    public static void preferSunJce() {
        for (int i = 0; i < STOCK.size(); i++) {
            if (!STOCK.get(i).equals(Security.getProperty("security.provider." + (i + 1)))) {
                return;
            }
        }
        for (int i = 0; i < PREFERRED.size(); i++) {
            Security.setProperty("security.provider." + (i + 1), PREFERRED.get(i));
        }
    }
}
