import { LabPage } from "@/components/lab-page";
import { homePageData } from "@/lib/page-data";
import { API_BASE } from "@/lib/tables";

export default function HomePage() {
  return <LabPage data={homePageData()} apiBase={API_BASE} />;
}
