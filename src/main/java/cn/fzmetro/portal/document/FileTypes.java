package cn.fzmetro.portal.document;

import java.util.List;
import java.util.Set;

import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MediaTypeRegistry;

/** The types the portal accepts, and how Tika's detected types are sorted into refusal reasons. */
final class FileTypes {

    static final String PDF = "application/pdf";
    static final String JPEG = "image/jpeg";
    static final String PNG = "image/png";
    /** OFD (GB/T 33190-2016), recognised by its structure, not by Tika. */
    static final String OFD = "application/ofd";
    static final List<String> ACCEPTED = List.of(PDF, JPEG, PNG, OFD);

    /** Programs; subtypes (e.g. {@code application/x-msdownload; format=pe32}) count too. */
    private static final Set<String> EXECUTABLE = Set.of(
            "application/x-msdownload", "application/x-dosexec", "application/vnd.microsoft.portable-executable",
            "application/x-executable", "application/x-elf", "application/x-sharedlib", "application/x-coredump",
            "application/x-object", "application/x-mach-o", "application/x-mach-o-executable",
            "application/x-mach-o-dylib", "application/x-mach-o-bundle", "application/x-mach-o-universal",
            "application/x-msi", "application/x-ms-installer", "application/x-ms-shortcut",
            "application/java-archive", "application/x-java-applet", "application/java-vm",
            "application/vnd.android.package-archive", "application/x-apple-diskimage");

    /** Archives, compared by base type only: Office files are zips inside but are not archives to a user. */
    private static final Set<String> ARCHIVE = Set.of(
            "application/zip", "application/x-zip-compressed", "application/x-rar-compressed", "application/x-rar",
            "application/vnd.rar", "application/x-7z-compressed", "application/gzip", "application/x-gzip",
            "application/x-tar", "application/x-gtar", "application/x-bzip", "application/x-bzip2",
            "application/x-xz", "application/x-lzma", "application/x-lzip", "application/x-lz4", "application/zstd",
            "application/x-compress", "application/x-archive", "application/x-cpio", "application/x-arj",
            "application/x-lha", "application/x-lzh", "application/x-ace-compressed",
            "application/vnd.ms-cab-compressed", "application/x-iso9660-image");

    private FileTypes() {
    }

    static boolean isExecutable(MediaType type, MediaTypeRegistry registry) {
        MediaType t = type.getBaseType();
        while (t != null) {
            if (EXECUTABLE.contains(t.toString())) {
                return true;
            }
            t = registry.getSupertype(t);
        }
        return false;
    }

    static boolean isArchive(MediaType type) {
        return ARCHIVE.contains(type.getBaseType().toString());
    }

    static boolean viewableInline(String contentType) {
        return PDF.equals(contentType) || JPEG.equals(contentType) || PNG.equals(contentType);
    }
}
