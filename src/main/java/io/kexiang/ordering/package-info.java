/**
 * Circuit orders (调单 / 业务开通): TMF641 {@code serviceOrder} from the province's dispatch or an OSS, worked
 * through the {@code circuit-order} process (受理, 会审 when complex, the branch's 数据制作 / 开通 / 测试 / 竣工单, the
 * centre's audit), reported complete (报竣) with its circuits entered in the inventory, kept in the circuit-opening
 * ledger (电路开通台帐); {@code cancelServiceOrder} ends one.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Circuit orders")
package io.kexiang.ordering;
