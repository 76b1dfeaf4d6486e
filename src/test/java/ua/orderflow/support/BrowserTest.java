package ua.orderflow.support;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

/** Without Chromium a browser test is skipped, saying why, unless CI says it must run. */
class BrowserTest {

    private static final Path NOWHERE = Path.of("/nonexistent/chromium");
    private static final Path SHELL = Path.of("/bin/sh");

    @Test
    void aMissingBrowserSkipsTheTestAndNamesWhatToInstall() {
        assertThatThrownBy(() -> Browser.assumeInstalled(List.of(SHELL, NOWHERE), false))
                .isInstanceOf(TestAbortedException.class)
                .hasMessageContaining("/nonexistent/chromium").hasMessageContaining("apt-get install chromium")
                .hasMessageNotContaining("/bin/sh");
    }

    @Test
    void aMissingBrowserFailsTheTestWhenBrowsersAreRequired() {
        assertThatThrownBy(() -> Browser.assumeInstalled(List.of(NOWHERE), true))
                .isInstanceOf(AssertionFailedError.class)
                .hasMessageContaining("-Dbrowser.required=true");
    }

    @Test
    void anInstalledBrowserGoesAhead() {
        assertThatCode(() -> Browser.assumeInstalled(List.of(SHELL), true)).doesNotThrowAnyException();
    }
}
