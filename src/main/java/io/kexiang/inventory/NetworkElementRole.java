package io.kexiang.inventory;

public enum NetworkElementRole {
    PE, CE, DDN_NODE, ATM_SWITCH, FR_SWITCH, ACCESS
}
