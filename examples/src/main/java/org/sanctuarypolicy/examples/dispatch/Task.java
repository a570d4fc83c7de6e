package org.sanctuarypolicy.examples.dispatch;

/** What a caller asks dispatch to send units for; every task commits city personnel or vehicles. */
enum Task {
  PERIMETER("hold a perimeter"),
  STAND_BY("stand by on scene"),
  TRANSPORT("transport detained people"),
  CHECKPOINT("staff a checkpoint"),
  JOINT_PATROL("patrol jointly"),
  TRAFFIC_CONTROL("control traffic"),
  MEDICAL("answer a medical emergency");

  private final String label;

  Task(String label) {
    this.label = label;
  }

  /** The task in words, after "to". */
  String label() {
    return label;
  }
}
