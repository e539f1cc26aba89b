package com.headpin.deals;

/** One reason on one deal, with how many of it there are (open criteria; 0 where counting means nothing). */
public record AttentionFlag(AttentionReason reason, int count) {
}
