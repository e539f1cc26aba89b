package com.headpin.resources.internal;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import com.headpin.resources.RequestStatus;
import org.springframework.data.jpa.repository.JpaRepository;

public interface RequestRepository extends JpaRepository<ResourceRequest, Long> {

    List<ResourceRequest> findByDealIdOrderByRequestedAtDescIdDesc(long dealId);

    List<ResourceRequest> findByStatusOrderByStartsOnAscIdAsc(RequestStatus status);

    List<ResourceRequest> findByResourceIdAndStatusInOrderByStartsOnAsc(long resourceId,
                                                                         Collection<RequestStatus> statuses);

    /** Assignments (of the statuses) of any of the people touching the days from {@code from} to {@code to}. */
    List<ResourceRequest> findByStatusInAndResourceIdNotNullAndEndsOnGreaterThanEqualAndStartsOnLessThanEqual(
            Collection<RequestStatus> statuses, LocalDate from, LocalDate to);

    List<ResourceRequest> findByRequestedAtGreaterThanEqual(java.time.Instant from);

    long count();
}
