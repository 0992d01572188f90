package vn.thidua.document;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import vn.thidua.organisation.Agency;
import vn.thidua.organisation.AgencyRepository;
import vn.thidua.organisation.WardAccess;
import vn.thidua.security.Official;

/**
 * Sổ đăng ký văn bản đi: a page per year and its CSV and PDF exports. The clerk keeps it; the
 * agency's leaders, its emulation specialist and its auditor may read it. Anyone else of the same
 * agency gets 403; an official of another agency gets 404, as for its documents.
 */
@Controller
class RegisterController {

    /** Roles of an agency that may read its register. */
    static final List<String> READERS = RegisterReaders.ROLES;

    private final RegisterService registers;
    private final AgencyRepository agencies;
    private final WardAccess wardAccess;
    private final Clock clock;

    RegisterController(RegisterService registers, AgencyRepository agencies, WardAccess wardAccess, Clock clock) {
        this.registers = registers;
        this.agencies = agencies;
        this.wardAccess = wardAccess;
        this.clock = clock;
    }

    @GetMapping("/app/register")
    String page(@RequestParam(required = false) Integer year, @RequestParam(required = false) String agency,
            @AuthenticationPrincipal Official official, Model model) {
        Agency a = readable(official, agency);
        int y = year == null ? LocalDate.now(clock).getYear() : checkedYear(year);
        model.addAttribute("register", registers.read(a, y));
        return "register";
    }

    @GetMapping("/api/register/{year}.csv")
    ResponseEntity<byte[]> csv(@PathVariable int year, @RequestParam(required = false) String agency,
            @AuthenticationPrincipal Official official) {
        Agency a = readable(official, agency);
        byte[] csv = registers.csv(registers.read(a, checkedYear(year)));
        return download(csv, new MediaType("text", "csv", StandardCharsets.UTF_8), fileName(a, year) + ".csv");
    }

    @GetMapping("/api/register/{year}.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable int year, @RequestParam(required = false) String agency,
            @AuthenticationPrincipal Official official) {
        Agency a = readable(official, agency);
        byte[] pdf = registers.pdf(a, registers.read(a, checkedYear(year)));
        return download(pdf, MediaType.APPLICATION_PDF, fileName(a, year) + ".pdf");
    }

    /**
     * The agency whose register this official may read: the one named, or else the one agency in
     * which they hold a reading role.
     */
    private Agency readable(Official official, String agencyCode) {
        if (official == null) {
            throw new ResponseStatusException(HttpStatus.UNAUTHORIZED);
        }
        String code = agencyCode != null ? agencyCode : wardAccess.defaultWard(official, READERS).orElse(null);
        WardAccess.Answer access = wardAccess.toWard(official, code, READERS);
        if (access == WardAccess.Answer.NOT_FOUND) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "Không tìm thấy sổ đăng ký văn bản.");
        }
        if (access == WardAccess.Answer.FORBIDDEN) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN,
                    "Sổ đăng ký văn bản đi chỉ dành cho văn thư, lãnh đạo, công chức thi đua - khen thưởng và kiểm tra của đơn vị.");
        }
        return agencies.findByCode(code).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private static int checkedYear(int year) {
        if (year < 2000 || year > 2100) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "Năm không hợp lệ: " + year + ".");
        }
        return year;
    }

    private static String fileName(Agency agency, int year) {
        return "so-dang-ky-van-ban-di-" + agency.getCode() + "-" + year;
    }

    private static ResponseEntity<byte[]> download(byte[] body, MediaType type, String fileName) {
        return ResponseEntity.ok()
                .contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(fileName).build().toString())
                .body(body);
    }
}
