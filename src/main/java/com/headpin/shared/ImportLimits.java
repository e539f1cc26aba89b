package com.headpin.shared;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * {@code headpin.accounts.import.*}: the largest file and the most rows one import (accounts, deals) takes. The
 * server refuses more, whatever the browser was told. Defaults 2 MB and 5,000 rows. (The prefix predates the deal
 * import; it stays so that existing settings keep working.)
 */
@ConfigurationProperties("headpin.accounts.import")
public record ImportLimits(DataSize maxFileSize, int maxRows) {

    public ImportLimits {
        if (maxFileSize == null || maxFileSize.toBytes() <= 0) {
            maxFileSize = DataSize.ofMegabytes(2);
        }
        if (maxRows <= 0) {
            maxRows = 5_000;
        }
    }

    public long maxBytes() {
        return maxFileSize.toBytes();
    }

    /** The file limit as people read it: whole megabytes, else kilobytes ("2 MB", "500 KB"). */
    public String maxFileSizeText() {
        long bytes = maxBytes();
        return bytes % (1024 * 1024) == 0 ? bytes / (1024 * 1024) + " MB" : Math.max(1, bytes / 1024) + " KB";
    }
}
