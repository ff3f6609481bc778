/**
 * Pre-sales (售前): a customer's access requirement refined, a resource check run for it when a product fits, the
 * solution drafted (and jointly reviewed when complex), the contract recorded and the work handed over to
 * implementation; or a development cooperation or customer project decided when none fits.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Pre-sales")
package io.kexiang.presales;
