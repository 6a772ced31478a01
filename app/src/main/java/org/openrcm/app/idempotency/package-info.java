/**
 * Idempotency keys for the REST API's POSTs: the first answer to a key is kept and given again when the caller
 * retries, and a key sent again with another request is refused. Depends on identity (whose key it is) only.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Idempotency")
package org.openrcm.app.idempotency;
