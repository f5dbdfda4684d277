package cn.fzmetro.portal.casefile;

import java.io.Serializable;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** The last sequence number minted for one intake region on one day. */
@Entity
@Table(name = "case_number_sequence")
class CaseNumberSequence {

    @Embeddable
    record Key(@Column(name = "region_code") String regionCode, @Column(name = "seq_day") LocalDate day)
            implements Serializable {
    }

    @EmbeddedId
    private Key key;
    @Column(name = "last_value", nullable = false)
    private int lastValue;

    protected CaseNumberSequence() {
    }

    CaseNumberSequence(Key key) {
        this.key = key;
    }

    int next() {
        return ++lastValue;
    }
}
