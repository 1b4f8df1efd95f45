# snippet: requires=cuda
import torch

model = torch.nn.Linear(4, 2).to("cuda")
scaler = torch.amp.GradScaler("cuda")
state = {"model": model.state_dict(), "scaler": scaler.state_dict()}
torch.save(state, "amp_checkpoint.pt")
print("saved from:", {k: str(v.device) for k, v in state["model"].items()})

# map_location moves every tensor to the CPU while loading.
ckpt = torch.load("amp_checkpoint.pt", map_location="cpu")
print("loaded to: ", {k: str(v.device) for k, v in ckpt["model"].items()})
print("dtypes:    ", {k: str(v.dtype) for k, v in ckpt["model"].items()})
print("scaler scale:", ckpt["scaler"]["scale"])

cpu_model = torch.nn.Linear(4, 2)
cpu_model.load_state_dict(ckpt["model"])
print("cpu_model weight on:", cpu_model.weight.device)
