import { useState } from "react";
import { useNavigate } from "react-router";
import { appPaths } from "../../../shared/paths";
import { SearchField } from "../../features/search/components/search-field";

/**
 * The masthead's search box. A GET form to /search, so it works before the app has loaded; with
 * the app, submitting navigates client-side.
 */
export function MastheadSearch() {
  const [value, setValue] = useState("");
  const navigate = useNavigate();
  return (
    // biome-ignore lint/a11y/useSemanticElements: <search> is unknown to Safari before 17 and to jsdom; the role is equivalent.
    <form
      role="search"
      aria-label="Site"
      className="block w-56 lg:w-64"
      action={appPaths.search()}
      method="get"
      onSubmit={(event) => {
        event.preventDefault();
        navigate(appPaths.search(value.trim() || undefined));
        setValue("");
      }}
    >
      <SearchField value={value} onChange={setValue} size="compact" />
    </form>
  );
}
