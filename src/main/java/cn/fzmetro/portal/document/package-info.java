/**
 * Checked uploads and the file store. Every upload is inspected from its bytes (Apache Tika,
 * PDFBox) before anything is kept; accepted bytes go to a content-addressed store and a row
 * records who uploaded what for which owner. Reading is decided by the owning module through
 * {@link cn.fzmetro.portal.document.FileAccessPolicy}; files are served only by the download
 * controller, never from the web root. See docs/modules/document.md.
 *
 * <p>API (this package): {@link cn.fzmetro.portal.document.Documents},
 * {@link cn.fzmetro.portal.document.InspectedFile}, {@link cn.fzmetro.portal.document.StoredFile},
 * {@link cn.fzmetro.portal.document.OpenedFile}, {@link cn.fzmetro.portal.document.FileRefusedException},
 * {@link cn.fzmetro.portal.document.RefusalReason}, {@link cn.fzmetro.portal.document.UploadLimits}, and
 * {@link cn.fzmetro.portal.document.GeneratedFiles} for files the portal writes itself (notice PDFs).
 */
@org.springframework.modulith.ApplicationModule(displayName = "document")
package cn.fzmetro.portal.document;
