package ua.orderflow.sandbox.generator;

import ua.orderflow.sandbox.SandboxFixture;
import ua.orderflow.sandbox.SandboxProperties;
import ua.orderflow.sandbox.rozetka.chat.ChatBook;

/** Runs the buyer generator's turns by hand, as its thread would. */
public final class BuyerMessageGeneratorProbe {

    private BuyerMessageGeneratorProbe() {
    }

    public static void turns(SandboxFixture fixture, ChatBook chats, double share, int turns) {
        BuyerMessageGenerator generator = new BuyerMessageGenerator(fixture.book, chats, fixture.random,
                SandboxProperties.defaults(), share);
        for (int i = 0; i < turns; i++) {
            generator.maybeWrite();
        }
    }
}
