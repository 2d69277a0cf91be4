package ogi.casework.fees;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/**
 * The number of items (件) of an application after splitting it by 「一事一申请」 (国办函〔2020〕109号 Art. 4).
 *
 * @param items the items, counted by the handler
 */
public record ItemCountForm(@NotNull @Min(1) @Max(FeeManagement.MAX_ITEMS) Integer items) {
}
