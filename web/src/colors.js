// One colour per PLOVER type, grouped by quad class (cooperation in blues/greens, conflict in reds).
export const TYPE_COLORS = {
  AGREE: "#1f78b4", CONSULT: "#6baed6", SUPPORT: "#33a02c", CONCEDE: "#9ecae1", COOPERATE: "#2ca25f",
  AID: "#66c2a4", RETREAT: "#b2df8a", REQUEST: "#fdbf6f", ACCUSE: "#fb9a99", REJECT: "#cab2d6",
  THREATEN: "#ff7f00", PROTEST: "#6a3d9a", SANCTION: "#b15928", MOBILIZE: "#e7298a", COERCE: "#d95f02",
  ASSAULT: "#e31a1c",
};
export const colorOf = (type) => TYPE_COLORS[type] || "#777";
