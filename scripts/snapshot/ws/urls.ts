// The web-service URLs the snapshot answers, as path + query (HTTP-GET binding, every parameter present). GetMeetings
// and GetAllMeetingsByDate are served for one canonical window that covers every meeting in the snapshot; like
// Lambeth's install (docs/moderngov.md#web-service) the response is the committee's whole history anyway, so a replay
// server may reasonably ignore sFromDate/sToDate when matching these two operations.
export const WS_FROM = "01/01/2025";
export const WS_TO = "31/03/2027";

export const wsUrls = {
  getCommittees: ["/mgWebService.asmx/GetCommittees", "/mgWebService.asmx/GetCommittees?lDays=0"],
  getMeetings: (cid: number) =>
    `/mgWebService.asmx/GetMeetings?lCommitteeId=${cid}&sFromDate=${WS_FROM}&sToDate=${WS_TO}`,
  getAllMeetingsByDate: [-1, 0].map(
    (cid) =>
      `/mgWebService.asmx/GetAllMeetingsByDate?lCommitteeId=${cid}&sFromDate=${WS_FROM}&sToDate=${WS_TO}&bIsAscendingDateOrder=true`,
  ),
  getMeeting: (mid: number) => `/mgWebService.asmx/GetMeeting?lMeetingId=${mid}`,
  getCouncillorsByWard: "/mgWebService.asmx/GetCouncillorsByWard",
};
