package vn.tayninh.dashboard.commune.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.tayninh.dashboard.commune.Commune;
import vn.tayninh.dashboard.commune.CommuneService;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Xã, phường")
class CommuneApiController {

    private final CommuneService communes;

    CommuneApiController(CommuneService communes) {
        this.communes = communes;
    }

    record CommuneJson(String code, String adminCode, String name, String type, String formerProvince,
                       String formerDistricts, boolean border, boolean dongThapMuoi) {

        static CommuneJson of(Commune c) {
            return new CommuneJson(c.getCode(), c.getAdminCode(), c.getName(), c.getType().name(),
                    c.getFormerProvince(), c.getFormerDistricts(), c.isBorder(), c.isDongThapMuoi());
        }
    }

    @GetMapping("/communes")
    @Operation(summary = "The 96 communes and wards")
    List<CommuneJson> communes() {
        return communes.findAll().stream().map(CommuneJson::of).toList();
    }
}
