package cn.fzmetro.portal.casefile.ui;

import java.util.List;

import cn.fzmetro.portal.area.AreaQuery;
import cn.fzmetro.portal.area.RegionInfo;
import cn.fzmetro.portal.casefile.CaseStatus;
import cn.fzmetro.portal.casefile.QueueFilter;
import cn.fzmetro.portal.catalog.CatalogQuery;
import cn.fzmetro.portal.catalog.ItemSummary;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;

/**
 * Filters above a queue: status, item, overdue only; the window queue also filters by competent
 * district and by the cases the clerk claimed. Every change tells the queue to fetch again.
 */
public class QueueFilterBar extends HorizontalLayout {

    private final Select<CaseStatus> status = new Select<>();
    private final ComboBox<ItemSummary> item;
    private final ComboBox<RegionInfo> district;
    private final Checkbox overdue = new Checkbox();
    private final Checkbox mine = new Checkbox();
    private final Checkbox deemed = new Checkbox();
    private final TextField caseNumber = new TextField();

    /**
     * @param area null for a queue without the district and "mine" filters (the authority's own
     *             district is fixed)
     */
    public QueueFilterBar(List<CaseStatus> statuses, CatalogQuery catalog, AreaQuery area, Runnable onChange) {
        setId("queue-filters");
        setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        setWrap(true);
        status.setId("filter-status");
        status.setLabel(getTranslation("case.status"));
        status.setItems(statuses);
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption(getTranslation("staff.filter.all"));
        status.setItemLabelGenerator(s -> s == null ? getTranslation("staff.filter.all")
                : getTranslation("case.status." + s.name()));
        item = Pickers.item(catalog, getTranslation("case.item"));
        item.setId("filter-item");
        overdue.setId("filter-overdue");
        overdue.setLabel(getTranslation("staff.filter.overdue"));
        caseNumber.setId("filter-case-number");
        caseNumber.setLabel(getTranslation("staff.filter.case-number"));
        caseNumber.setClearButtonVisible(true);
        caseNumber.setValueChangeMode(ValueChangeMode.LAZY);
        caseNumber.addValueChangeListener(e -> onChange.run());
        add(caseNumber, status, item);
        if (area != null) {
            district = Pickers.district(area, getTranslation("case.competent-region"));
            district.setId("filter-region");
            mine.setId("filter-mine");
            mine.setLabel(getTranslation("staff.filter.mine"));
            // art. 32: the cases the five-day rule deemed accepted, for the window's supervisors
            deemed.setId("filter-deemed");
            deemed.setLabel(getTranslation("staff.filter.deemed"));
            add(district, overdue, mine, deemed);
            district.addValueChangeListener(e -> onChange.run());
            mine.addValueChangeListener(e -> onChange.run());
            deemed.addValueChangeListener(e -> onChange.run());
        } else {
            district = null;
            add(overdue);
        }
        status.addValueChangeListener(e -> onChange.run());
        item.addValueChangeListener(e -> onChange.run());
        overdue.addValueChangeListener(e -> onChange.run());
    }

    public QueueFilter filter() {
        return new QueueFilter(status.getValue(), item.getValue() == null ? null : item.getValue().code(),
                district == null || district.getValue() == null ? null : district.getValue().code(),
                overdue.getValue(), mine.getValue(), deemed.getValue(), caseNumber.getValue());
    }
}
