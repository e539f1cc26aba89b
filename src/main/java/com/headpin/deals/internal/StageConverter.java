package com.headpin.deals.internal;

import com.headpin.deals.DealStage;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stages are stored by number (1–6), so queries and reports can compare them. */
@Converter
public class StageConverter implements AttributeConverter<DealStage, Integer> {

    @Override
    public Integer convertToDatabaseColumn(DealStage stage) {
        return stage == null ? null : stage.number();
    }

    @Override
    public DealStage convertToEntityAttribute(Integer number) {
        return number == null ? null : DealStage.of(number);
    }
}
