package io.kexiang.alarm.intake;

import io.kexiang.ingest.Resource;

/**
 * What an alarm is about, as TMF642 names it: the network element, or the place on it the event gives, most
 * specific kind first (a DLCI is on an interface, but the alarm is the PVC's).
 */
record AlarmedObject(String id, String type) {

    static AlarmedObject of(String element, Resource resource) {
        StringBuilder id = new StringBuilder(element);
        if (resource.ifIndex() != null) {
            id.append("/ifIndex=").append(resource.ifIndex());
        } else if (resource.ifName() != null) {
            id.append("/ifName=").append(resource.ifName());
        }
        if (resource.dlci() != null) {
            return new AlarmedObject(id.append("/dlci=").append(resource.dlci()).toString(), "FrameRelayPvc");
        }
        if (resource.vpi() != null) {
            return new AlarmedObject(id.append("/pvc=").append(resource.vpi()).append('.').append(resource.vci())
                    .toString(), "AtmPvc");
        }
        if (resource.vrf() != null) {
            return new AlarmedObject(id.append("/vrf=").append(resource.vrf()).toString(), "Vrf");
        }
        if (resource.e1Line() != null) {
            return new AlarmedObject(id.append("/e1=").append(resource.e1Line()).toString(), "E1Line");
        }
        boolean onInterface = resource.ifIndex() != null || resource.ifName() != null;
        return new AlarmedObject(id.toString(), onInterface ? "Interface" : "NetworkElement");
    }
}
