package io.dsstudio.cluster;

import io.dsstudio.yaml.LoadedSnapshot;
import io.dsstudio.yaml.SnapshotLoader;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;

import java.util.List;

/**
 * Maps listed fabric8 objects to our domain through our own reader: each object is written as JSON with
 * fabric8's serialization and the text goes through {@link SnapshotLoader}, so defaulting and mapping rules
 * are the same as for files.
 */
final class DomainMapping {
    private final KubernetesSerialization serialization;
    private final SnapshotLoader loader = new SnapshotLoader();

    DomainMapping(KubernetesSerialization serialization) {
        this.serialization = serialization;
    }

    LoadedSnapshot map(String displayPath, List<? extends HasMetadata> objects) {
        return loader.loadText(displayPath, listJson(objects));
    }

    String listJson(List<? extends HasMetadata> objects) {
        StringBuilder json = new StringBuilder(objects.size() * 512 + 64);
        json.append("{\"apiVersion\":\"v1\",\"kind\":\"List\",\"items\":[");
        for (int i = 0; i < objects.size(); i++) {
            if (i > 0) {
                json.append(',');
            }
            json.append(serialization.asJson(LiveTrim.trim(objects.get(i))));
        }
        return json.append("]}").toString();
    }
}
