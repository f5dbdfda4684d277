package cn.fzmetro.portal.document.web;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import cn.fzmetro.portal.document.Documents;
import cn.fzmetro.portal.document.OpenedFile;
import cn.fzmetro.portal.document.StoredFile;

/**
 * The only way stored files leave the portal. Signed-in users only (the security chain sends
 * anonymous callers to the login); a file the owning module's policy does not let the caller read
 * answers 404 exactly like a missing one. The bytes go out with the type detected at upload,
 * {@code nosniff}, as an attachment unless {@code ?inline=true} asks to show a PDF or image, with
 * the original name RFC 5987 encoded, and never kept by shared caches.
 */
@RestController
class FileDownloadController {

    private final Documents documents;

    FileDownloadController(Documents documents) {
        this.documents = documents;
    }

    @GetMapping("/files/{id}")
    ResponseEntity<Resource> download(@PathVariable("id") long id,
            @RequestParam(name = "inline", defaultValue = "false") boolean inline) {
        Optional<OpenedFile> opened = documents.open(id);
        if (opened.isEmpty()) {
            return ResponseEntity.notFound().build();
        }
        StoredFile file = opened.get().file();
        ContentDisposition.Builder disposition = inline && file.viewableInline()
                ? ContentDisposition.inline() : ContentDisposition.attachment();
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(file.contentType()))
                .contentLength(file.size())
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        disposition.filename(file.originalName(), StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .cacheControl(CacheControl.noStore().cachePrivate())
                .body(new StoredFileResource(opened.get()));
    }
}
