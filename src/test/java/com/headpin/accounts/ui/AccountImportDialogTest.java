package com.headpin.accounts.ui;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.headpin.KaribuTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.StreamResourceRegistry;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinSession;
import org.junit.jupiter.api.Test;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/**
 * The import's upload as the server receives it: a request straight to the upload's address, past whatever the
 * browser would have checked.
 */
class AccountImportDialogTest extends KaribuTest {

    private static final long LIMIT = 2L * 1024 * 1024;

    @Test
    void aFileLargerThanTheLimitIsRefusedByTheServerWithoutReadingItWhole() throws IOException {
        openAs("rep3");
        Upload upload = openImport();
        // 50 MB without a declared length, as a chunked request would send it.
        EndlessFile body = new EndlessFile(50L * 1024 * 1024);
        VaadinResponse response = response();

        send(upload, request(body, -1), response);

        assertThat(body.read).isLessThanOrEqualTo(LIMIT + 64 * 1024);
        verify(response).setStatus(422);
        assertThat(summary()).isEqualTo("The file is larger than 2 MB. Split it into smaller files.");
        assertThat(_get(Button.class, spec -> spec.withId("import-confirm")).isEnabled()).isFalse();
    }

    @Test
    void aFileDeclaredLargerThanTheLimitIsRefusedBeforeAnyByteIsRead() throws IOException {
        openAs("rep3");
        Upload upload = openImport();
        EndlessFile body = new EndlessFile(LIMIT + 1);

        send(upload, request(body, LIMIT + 1), response());

        assertThat(body.read).isZero();
        assertThat(summary()).startsWith("The file is larger than 2 MB.");
    }

    @Test
    void aFileWithinTheLimitIsChecked() throws IOException {
        openAs("rep3");
        Upload upload = openImport();
        byte[] file = "name,industry\n唐山新能源,ENERGY\n".getBytes(StandardCharsets.UTF_8);

        send(upload, request(new java.io.ByteArrayInputStream(file), file.length), response());

        assertThat(summary()).isEqualTo("1 rows are ready to import.");
        assertThat(_get(Button.class, spec -> spec.withId("import-confirm")).isEnabled()).isTrue();
    }

    private Upload openImport() {
        navigate("accounts");
        _click(_get(Button.class, spec -> spec.withId("import-accounts")));
        return _get(Upload.class, spec -> spec.withId("import-upload"));
    }

    /** What Vaadin's stream request handler does with a request to the upload's address. */
    private static void send(Upload upload, VaadinRequest request, VaadinResponse response) throws IOException {
        VaadinSession session = VaadinSession.getCurrent();
        URI target = URI.create(upload.getElement().getAttribute("target"));
        StreamResourceRegistry.ElementStreamResource resource = session.getResourceRegistry()
                .<StreamResourceRegistry.ElementStreamResource>getResource(
                        StreamResourceRegistry.ElementStreamResource.class, target)
                .orElseThrow();
        resource.getElementRequestHandler().handleRequest(request, response, session, upload.getElement());
        MockVaadin.clientRoundtrip(false);
    }

    private static VaadinRequest request(InputStream body, long declaredLength) throws IOException {
        VaadinRequest request = mock(VaadinRequest.class);
        when(request.getInputStream()).thenReturn(body);
        when(request.getContentLengthLong()).thenReturn(declaredLength);
        when(request.getHeader("X-Filename")).thenReturn("accounts.csv");
        when(request.getHeader("Content-Type")).thenReturn("text/csv");
        return request;
    }

    private static VaadinResponse response() throws IOException {
        VaadinResponse response = mock(VaadinResponse.class);
        when(response.getWriter()).thenReturn(new PrintWriter(new StringWriter()));
        return response;
    }

    private static String summary() {
        return _get(Paragraph.class, spec -> spec.withId("import-summary")).getText();
    }

    /** A file of {@code size} bytes that counts how much of it was read. */
    private static final class EndlessFile extends InputStream {

        private final long size;
        private long read;

        EndlessFile(long size) {
            this.size = size;
        }

        @Override
        public int read() {
            if (read >= size) {
                return -1;
            }
            read++;
            return 'a';
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            if (read >= size) {
                return -1;
            }
            int n = (int) Math.min(length, size - read);
            java.util.Arrays.fill(buffer, offset, offset + n, (byte) 'a');
            read += n;
            return n;
        }
    }
}
