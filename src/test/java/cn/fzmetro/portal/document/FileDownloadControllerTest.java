package cn.fzmetro.portal.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.io.ByteArrayInputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import cn.fzmetro.portal.base.PortalUser;
import cn.fzmetro.portal.testsupport.PortalSpringTest;
import cn.fzmetro.portal.testsupport.SignIn;

/**
 * {@code GET /files/{id}} through the real security chain: anonymous callers go to the login, a
 * file the policy does not grant is indistinguishable from a missing one, a granted one comes
 * with its detected type and safe headers.
 */
@PortalSpringTest
class FileDownloadControllerTest {

    private static final String NAME = "营业执照 副本.pdf";

    @Autowired
    WebApplicationContext context;
    @Autowired
    Documents documents;
    @Autowired
    TestOwnerPolicy policy;
    @Autowired
    UserDetailsService users;

    private MockMvc mvc;
    private PortalUser applicant;
    private PortalUser clerk;
    private long ownerId;
    private byte[] pdf;
    private StoredFile stored;

    @BeforeEach
    void storeAFile() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        clerk = (PortalUser) users.loadUserByUsername("clerk.cangshan");
        applicant = SignIn.as(users, "zhangwei");
        ownerId = ThreadLocalRandom.current().nextLong(1, Long.MAX_VALUE / 2);
        pdf = TestFiles.pdf(2, "download " + UUID.randomUUID());
        stored = documents.store(NAME, new ByteArrayInputStream(pdf), pdf.length, TestOwnerPolicy.OWNER_TYPE, ownerId);
        SignIn.out();
        policy.grant(applicant, ownerId);
    }

    @AfterEach
    void revoke() {
        policy.revokeAll();
        SignIn.out();
    }

    @Test
    void anonymousCallersAreSentToSignIn() throws Exception {
        MockHttpServletResponse response = mvc.perform(get("/files/{id}", stored.id())).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(302);
        assertThat(response.getRedirectedUrl()).endsWith("/login");
        assertThat(response.getContentAsByteArray()).isEmpty();
    }

    @Test
    void aUserThePolicyRefusesGetsTheSameNotFoundAsForAMissingFile() throws Exception {
        MockHttpServletResponse refused = mvc.perform(get("/files/{id}", stored.id()).with(user(clerk)))
                .andReturn().getResponse();
        MockHttpServletResponse missing = mvc.perform(get("/files/{id}", Long.MAX_VALUE).with(user(clerk)))
                .andReturn().getResponse();
        assertThat(refused.getStatus()).isEqualTo(404);
        assertThat(missing.getStatus()).isEqualTo(404);
        assertThat(refused.getContentAsByteArray()).isEmpty();
        assertThat(refused.getHeader("Content-Disposition")).isNull();

        policy.grant(clerk, ownerId);
        assertThat(mvc.perform(get("/files/{id}", stored.id()).with(user(clerk))).andReturn().getResponse().getStatus())
                .as("the same user once the policy allows it").isEqualTo(200);
    }

    @Test
    void anAllowedUserGetsTheBytesAsAnAttachmentWithTheDetectedTypeAndSafeHeaders() throws Exception {
        MockHttpServletResponse response = mvc.perform(get("/files/{id}", stored.id()).with(user(applicant)))
                .andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentType()).isEqualTo("application/pdf");
        assertThat(response.getContentAsByteArray()).isEqualTo(pdf);
        assertThat(response.getHeader("Content-Length")).isEqualTo(String.valueOf(pdf.length));
        assertThat(response.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(response.getHeader("Cache-Control")).contains("private").contains("no-store");
        String encoded = URLEncoder.encode(NAME, StandardCharsets.UTF_8).replace("+", "%20");
        assertThat(encoded).isEqualTo("%E8%90%A5%E4%B8%9A%E6%89%A7%E7%85%A7%20%E5%89%AF%E6%9C%AC.pdf");
        assertThat(response.getHeader("Content-Disposition")).startsWith("attachment;")
                .contains("filename*=UTF-8''" + encoded);
    }

    @Test
    void aViewerAskingForARangeGetsThatPart() throws Exception {
        MockHttpServletResponse part = mvc.perform(get("/files/{id}", stored.id()).param("inline", "true")
                .header("Range", "bytes=0-9").with(user(applicant))).andReturn().getResponse();
        assertThat(part.getStatus()).isEqualTo(206);
        assertThat(part.getContentAsByteArray()).isEqualTo(java.util.Arrays.copyOf(pdf, 10));
        assertThat(part.getHeader("Content-Range")).isEqualTo("bytes 0-9/" + pdf.length);
        assertThat(part.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
    }

    @Test
    void inlineIsOnlyForPdfAndImages() throws Exception {
        MockHttpServletResponse pdfInline = mvc.perform(get("/files/{id}", stored.id()).param("inline", "true")
                .with(user(applicant))).andReturn().getResponse();
        assertThat(pdfInline.getHeader("Content-Disposition")).startsWith("inline;");
        assertThat(pdfInline.getHeader("X-Frame-Options")).as("the portal's own viewer may embed it").isEqualTo("SAMEORIGIN");

        SignIn.as(users, "zhangwei");
        byte[] ofd = TestFiles.ofd(1);
        StoredFile ofdFile = documents.store("电子证照.ofd", new ByteArrayInputStream(ofd), ofd.length,
                TestOwnerPolicy.OWNER_TYPE, ownerId);
        SignIn.out();
        MockHttpServletResponse ofdInline = mvc.perform(get("/files/{id}", ofdFile.id()).param("inline", "true")
                .with(user(applicant))).andReturn().getResponse();
        assertThat(ofdInline.getStatus()).isEqualTo(200);
        assertThat(ofdInline.getContentType()).isEqualTo("application/ofd");
        assertThat(ofdInline.getHeader("Content-Disposition")).startsWith("attachment;");
    }
}
