/**
 * Resources: the people managers assign to deals (consultants, solution architects, executive sponsors, legal,
 * finance, technical support, service) with their capacity and absences; requests from a deal's war room, pre-filled
 * from the sales process's effort per role and stage; the assignment board; demand from open deals (and from other
 * modules through {@link com.headpin.resources.DemandSource}) against capacity; utilisation reports. An assigned
 * person joins the deal team ({@code deals.DealTeamService}), so they open the deal through the deal's own rule.
 */
@NullMarked
@ApplicationModule(displayName = "Resources")
package com.headpin.resources;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
