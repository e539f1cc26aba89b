package com.headpin.shared.ui;

import java.io.IOException;
import java.io.InputStream;

import com.vaadin.flow.function.SerializableConsumer;
import com.vaadin.flow.function.SerializableRunnable;
import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;

/**
 * Receives one file into memory, at most {@code maxBytes}, whatever the browser was told: a larger file is refused
 * (with {@code refusal} as the upload's message) as soon as its declared size or its bytes pass the limit, and is
 * never held in memory whole. Use it instead of {@code UploadHandler.inMemory}, which reads any size. Both callbacks
 * run in the UI's session lock.
 */
public final class LimitedUploadHandler implements UploadHandler {

    /** Room for a multipart request's boundaries and part headers around the file itself. */
    private static final long MULTIPART_OVERHEAD = 64 * 1024;

    private final long maxBytes;
    private final String refusal;
    private final SerializableConsumer<byte[]> received;
    private final SerializableRunnable refused;

    public LimitedUploadHandler(long maxBytes, String refusal, SerializableConsumer<byte[]> received,
                                SerializableRunnable refused) {
        this.maxBytes = maxBytes;
        this.refusal = refusal;
        this.received = received;
        this.refused = refused;
    }

    @Override
    public void handleUploadRequest(UploadEvent event) throws IOException {
        // The declared size is -1 when unknown; the bytes read decide then.
        boolean declaredTooLarge = event.getFileSize() > maxBytes;
        byte[] bytes = declaredTooLarge ? new byte[0] : readAtMostOneByteTooMany(event);
        if (declaredTooLarge || bytes.length > maxBytes) {
            event.reject(refusal);
            event.getUI().access(refused::run);
            return;
        }
        event.getUI().access(() -> received.accept(bytes));
    }

    private byte[] readAtMostOneByteTooMany(UploadEvent event) throws IOException {
        try (InputStream in = event.getInputStream()) {
            return in.readNBytes((int) Math.min(maxBytes + 1, Integer.MAX_VALUE - 8));
        }
    }

    // Vaadin checks these before calling the handler when a request comes as multipart (the browser sends raw bytes).
    @Override
    public long getFileSizeMax() {
        return maxBytes;
    }

    @Override
    public long getRequestSizeMax() {
        return maxBytes + MULTIPART_OVERHEAD;
    }

    @Override
    public long getFileCountMax() {
        return 1;
    }
}
