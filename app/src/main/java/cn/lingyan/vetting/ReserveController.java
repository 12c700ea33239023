package cn.lingyan.vetting;

import cn.lingyan.org.UnitScope;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The reserve register (后备力量) over HTTP: read by unit, yearly records and exits by the township or county. */
@RestController
@RequestMapping("/api/vetting/reserves")
class ReserveController {

    private final ReserveRegister register;
    private final UnitScope unitScope;

    ReserveController(ReserveRegister register, UnitScope unitScope) {
        this.register = register;
        this.unitScope = unitScope;
    }

    @GetMapping
    ReserveRegister.Register list(@RequestParam(name = "unit", required = false) String unit) {
        return register.register(unitScope.scope(unit));
    }

    @PostMapping("/{id}/records")
    ReserveRegister.ReserveView record(@PathVariable("id") long id, @RequestBody ReserveRegister.YearRecord record) {
        return register.record(id, record);
    }

    @PostMapping("/{id}/exit")
    ReserveRegister.ReserveView exit(@PathVariable("id") long id, @RequestBody Map<String, String> body) {
        return register.exit(id, body.get("reason"));
    }
}
