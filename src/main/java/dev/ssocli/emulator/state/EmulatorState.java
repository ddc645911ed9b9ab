package dev.ssocli.emulator.state;

/** Everything the emulator remembers between requests, built once per emulator. */
public record EmulatorState(Settings settings, Directory directory, ClientRegistry clients, PendingRequests requests,
        TokenStore tokens, CredentialStore credentials) {

    public static EmulatorState create(Settings settings, Directory directory) {
        Identifiers ids = new Identifiers();
        return new EmulatorState(settings, directory, new ClientRegistry(ids, settings),
                new PendingRequests(ids, settings), new TokenStore(ids, settings), new CredentialStore(ids, settings));
    }
}
