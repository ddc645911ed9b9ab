package dev.ssocli.hardening;

/**
 * How hard the adversarial suites push: {@code ./mvnw verify} runs the CI sizes; {@code -Dhardening.long=true}
 * (or {@code HARDENING_LONG=1}) runs the long versions the README's "Guarantees" section reports.
 */
final class Hardening {
    private Hardening() {
    }

    static boolean isLong() {
        return Boolean.getBoolean("hardening.long") || "1".equals(System.getenv("HARDENING_LONG"));
    }

    /** {@code ci} iterations normally, {@code long} with the long runs on. */
    static int iterations(int ci, int longRun) {
        String explicit = System.getProperty("hardening.iterations");
        if (explicit != null) {
            return Integer.parseInt(explicit);
        }
        return isLong() ? longRun : ci;
    }
}
