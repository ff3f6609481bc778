package io.kexiang.mib;

/** A MIB module added to (or replacing one in) the MIB folder, through the API or the console. */
public interface MibUploads {

    /**
     * Saves the file in the MIB folder and recompiles; a file that does not compile is taken out again, leaving the
     * folder as it was.
     *
     * @throws io.kexiang.shared.InvalidInputException 400 when the name is not a MIB file's, 422 with each problem
     *                                                 (file, line, the compiler's words) when it does not compile
     */
    MibReport upload(String fileName, byte[] content);
}
