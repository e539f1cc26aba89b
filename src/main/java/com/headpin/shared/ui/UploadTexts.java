package com.headpin.shared.ui;

import java.util.List;
import java.util.function.Function;

import com.vaadin.flow.component.upload.UploadI18N;

/**
 * Everything Vaadin's Upload says by itself ("Upload Files...", "File is too big", "Connecting...") in the user's
 * language: without it a Chinese user meets English buttons and errors.
 */
public final class UploadTexts {

    private UploadTexts() {
    }

    /** The upload's texts through {@code translate} (a component's {@code getTranslation}). */
    public static UploadI18N translated(Function<String, String> translate) {
        return new UploadI18N()
                .setDropFiles(new UploadI18N.DropFiles().setOne(translate.apply("upload.drop-one"))
                        .setMany(translate.apply("upload.drop-many")))
                .setAddFiles(new UploadI18N.AddFiles().setOne(translate.apply("upload.add-one"))
                        .setMany(translate.apply("upload.add-many")))
                .setError(new UploadI18N.Error().setTooManyFiles(translate.apply("upload.error.too-many"))
                        .setFileIsTooBig(translate.apply("upload.error.too-big"))
                        .setIncorrectFileType(translate.apply("upload.error.file-type")))
                .setUploading(new UploadI18N.Uploading()
                        .setStatus(new UploadI18N.Uploading.Status()
                                .setConnecting(translate.apply("upload.status.connecting"))
                                .setStalled(translate.apply("upload.status.stalled"))
                                .setProcessing(translate.apply("upload.status.processing"))
                                .setHeld(translate.apply("upload.status.held")))
                        .setRemainingTime(new UploadI18N.Uploading.RemainingTime()
                                .setPrefix(translate.apply("upload.remaining"))
                                .setUnknown(translate.apply("upload.remaining.unknown")))
                        .setError(new UploadI18N.Uploading.Error()
                                .setServerUnavailable(translate.apply("upload.error.server-unavailable"))
                                .setUnexpectedServerError(translate.apply("upload.error.server"))
                                .setForbidden(translate.apply("upload.error.forbidden"))
                                .setFileTooLarge(translate.apply("upload.error.too-big"))))
                .setFile(new UploadI18N.File().setRetry(translate.apply("upload.file.retry"))
                        .setStart(translate.apply("upload.file.start"))
                        .setRemove(translate.apply("upload.file.remove")))
                .setUnits(List.of("B", "kB", "MB", "GB", "TB"));
    }
}
