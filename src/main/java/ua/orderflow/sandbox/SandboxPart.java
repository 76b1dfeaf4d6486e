package ua.orderflow.sandbox;

/** A piece of the sandbox with state of its own, forgotten when admin resets the sandbox. */
public interface SandboxPart {

    void reset();
}
